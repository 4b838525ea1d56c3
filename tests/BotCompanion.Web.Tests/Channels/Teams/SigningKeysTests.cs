using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BotCompanion.Web.Tests.Channels.Teams;

/// <summary>The signing-key cache against a local OpenID metadata stub that fails or hangs, on a fake clock.</summary>
public sealed class SigningKeysTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-24T09:00:00Z", CultureInfo.InvariantCulture));
    private readonly RecordingLoggerProvider _logs = new();
    private readonly HttpClient _http = new();
    private OpenIdStub _stub = null!;
    private SigningKeys _keys = null!;

    public async Task InitializeAsync()
    {
        _stub = await OpenIdStub.StartAsync("https://api.botframework.com");
        _stub.Publish(OpenIdStub.NewKey("key-1"), "msteams");
        _keys = new SigningKeys(_stub.MetadataUrl, _http, _time, _logs.CreateLogger(nameof(SigningKeys)));
    }

    public async Task DisposeAsync()
    {
        _keys.Dispose();
        _http.Dispose();
        await _stub.DisposeAsync();
    }

    [Fact]
    public async Task MetadataOutage_TheCachedKeysAreStillServed_AndFailedRefreshesBackOff()
    {
        await _keys.GetAsync(default);
        _stub.FailWith(500);
        _time.Advance(TimeSpan.FromHours(25));

        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("key-1", Kids(await _keys.GetAsync(default)));
        }

        Assert.Equal(2, _stub.MetadataRequests);
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Contains("key-1", Kids(await _keys.GetAsync(default)));
        Assert.Equal(2, _stub.MetadataRequests);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Contains("key-1", Kids(await _keys.GetAsync(default)));
        Assert.Equal(3, _stub.MetadataRequests);
        _time.Advance(TimeSpan.FromSeconds(50));
        Assert.Contains("key-1", Kids(await _keys.GetAsync(default)));
        Assert.Equal(3, _stub.MetadataRequests);

        var failures = _logs.Entries.Where(e => e.Event.Name == "SigningKeysRefreshFailed").ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Contains("HTTP 500", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfterTheOutage_TheNextAttemptLoadsTheNewKeys_AndSaysSoOnce()
    {
        await _keys.GetAsync(default);
        _stub.FailWith(500);
        _time.Advance(TimeSpan.FromHours(25));
        await _keys.GetAsync(default);
        _stub.Publish(OpenIdStub.NewKey("key-2"), "msteams");
        _stub.FailWith(0);

        _time.Advance(TimeSpan.FromSeconds(31));

        Assert.Contains("key-2", Kids(await _keys.GetAsync(default)));
        Assert.Single(_logs.Entries, e => e.Event.Name == "SigningKeysRecovered");
        Assert.Single(_logs.Entries, e => e.Event.Name == "SigningKeysRefreshFailed");
    }

    [Fact]
    public async Task DuringTheBackoff_AnUnknownKeyIdStillGetsARefresh_ButOnlyOncePerFiveMinutes()
    {
        await _keys.GetAsync(default);
        _stub.FailWith(500);
        _time.Advance(TimeSpan.FromHours(25));
        await _keys.GetAsync(default);
        _stub.FailWith(0);
        _stub.Publish(OpenIdStub.NewKey("key-2"), "msteams");

        Assert.Contains("key-2", Kids(await _keys.RefreshAsync(default)));
        _stub.Publish(OpenIdStub.NewKey("key-3"), "msteams");
        _time.Advance(TimeSpan.FromMinutes(4));

        Assert.DoesNotContain("key-3", Kids(await _keys.RefreshAsync(default)));
        Assert.Equal(3, _stub.MetadataRequests);
    }

    [Fact]
    public async Task WhileARefreshHangs_OtherRequestsGoOnWithTheCachedKeys()
    {
        await _keys.GetAsync(default);
        _stub.Hold();
        _time.Advance(TimeSpan.FromHours(25));

        var refreshing = _keys.GetAsync(default);
        var meanwhile = _keys.GetAsync(default);

        Assert.True(meanwhile.IsCompletedSuccessfully);
        Assert.Contains("key-1", Kids(await meanwhile));
        Assert.False(refreshing.IsCompleted);
        _stub.Release();
        Assert.Contains("key-1", Kids(await refreshing));
    }

    [Fact]
    public async Task FirstLoadFails_TheCallIsRefused_AndTheNextOneDoesNotFetchBeforeTheBackoff()
    {
        _stub.FailWith(500);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _keys.GetAsync(default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _keys.GetAsync(default));

        Assert.Equal(1, _stub.MetadataRequests);
        var failed = Assert.Single(_logs.Entries, e => e.Event.Name == "SigningKeysLoadFailed");
        Assert.Contains("HTTP 500", failed.Message, StringComparison.Ordinal);
        _stub.FailWith(0);
        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.Contains("key-1", Kids(await _keys.GetAsync(default)));
    }

    private static List<string> Kids(OpenIdConnectConfiguration config) => [.. config.SigningKeys.Select(k => k.KeyId)];
}
