namespace Ippon.Files.Tests;
