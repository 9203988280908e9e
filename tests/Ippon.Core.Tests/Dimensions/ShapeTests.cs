using CsCheck;
using Ippon.Dimensions;

namespace Ippon.Tests.Dimensions;

/// <summary>A cell is found by its label (田中, 東京/田中): the name actuals give a member by, in the CSV and the web API.</summary>
public class ShapeTests
{
    [Fact]
    public void CellOf_EveryCellsLabel_IsThatCell_OverOneTwoAndThreeDimensions()
    {
        var sizes = Gen.Int[1, 4];
        Gen.Select(sizes, sizes, sizes, Gen.Int[1, 3]).Sample((a, b, c, count) =>
        {
            Dimension[] all = [new("region", Names("地域", a)), new("rep", Names("担当", b)), new("product", Names("品", c))];
            var shape = new Shape(all.Take(count));
            for (var cell = 0; cell < shape.Size; cell++) Assert.Equal(cell, shape.CellOf(shape.Label(cell)));
        });
    }

    [Fact]
    public void CellOf_AMemberWhoseNameHasASlash_IsFoundByItsLabel()
    {
        var shape = new Shape([new Dimension("region", ["東京", "大阪"]), new Dimension("team", ["A/B", "C"])]);
        Assert.Equal(1 * 2 + 0, shape.CellOf("大阪/A/B"));
    }

    [Fact]
    public void CellOf_NoSuchMemberOrAScalar_IsMinusOne()
    {
        var reps = new Shape([new Dimension("rep", ["田中", "佐藤"])]);
        Assert.Equal((1, -1, -1), (reps.CellOf("佐藤"), reps.CellOf("鈴木"), Shape.Scalar.CellOf("田中")));
        var regions = new Shape([new Dimension("region", ["東京"]), new Dimension("rep", ["田中"])]);
        Assert.Equal((0, -1, -1), (regions.CellOf("東京/田中"), regions.CellOf("田中"), regions.CellOf("大阪/田中")));
    }

    static string[] Names(string prefix, int count) => [.. Enumerable.Range(1, count).Select(i => $"{prefix}{i}")];
}
