namespace BotCompanion.TestKit;

/// <summary>The loopback redis-server started by ./test.sh. A Redis test never skips: without it, it fails and says why.</summary>
public static class TestRedis
{
    public static string Configuration =>
        Environment.GetEnvironmentVariable("BOTCOMPANION_TEST_REDIS") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("BOTCOMPANION_TEST_REDIS is not set: run the tests with ./test.sh, which starts a loopback redis-server.");
}
