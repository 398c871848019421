using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>Put [Collection(MotoCollection.Name)] on a test class to share this assembly's moto_server.</summary>
[CollectionDefinition(Name)]
public sealed class MotoCollection : ICollectionFixture<MotoServer>
{
    public const string Name = "moto";
}
