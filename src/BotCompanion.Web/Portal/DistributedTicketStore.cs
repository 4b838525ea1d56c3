using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;

namespace BotCompanion.Web.Portal;

/// <summary>
/// Portal sessions kept server side (in Redis when it is configured): the cookie carries only a random session id,
/// so it stays small, and signing out deletes the session itself, which ends it on every instance at once (a copy of
/// the cookie is worth nothing afterwards). Tickets are protected with the shared Data Protection keys at rest.
/// </summary>
internal sealed class DistributedTicketStore(IDistributedCache cache, IDataProtectionProvider protection, TimeProvider time) : ITicketStore
{
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);
    private readonly IDataProtector _protector = protection.CreateProtector("BotCompanion.Portal.Sessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        await RenewAsync(id, ticket);
        return id;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var expires = ticket.Properties.ExpiresUtc ?? time.GetUtcNow() + DefaultLifetime;
        var bytes = _protector.Protect(TicketSerializer.Default.Serialize(ticket));
        return cache.SetAsync(StateKeys.PortalSession(key), bytes, new DistributedCacheEntryOptions { AbsoluteExpiration = expires }, cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(StateKeys.PortalSession(key), cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes));
        }
        catch (CryptographicException)
        {
            // Written under a key ring this host cannot read: treated as signed out.
            return null;
        }
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => cache.RemoveAsync(StateKeys.PortalSession(key), cancellationToken);
}
