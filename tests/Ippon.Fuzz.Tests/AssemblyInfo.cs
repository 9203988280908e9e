// One suite at a time: each input's time and memory are its own, not a neighbour's.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
