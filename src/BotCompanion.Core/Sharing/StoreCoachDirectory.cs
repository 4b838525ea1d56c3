using System.Security.Cryptography;
using System.Text;
using BotCompanion.Core.State;

namespace BotCompanion.Core.Sharing;

/// <summary><see cref="ICoachDirectory"/> on the versioned document store: works in memory and on Redis alike.</summary>
public sealed class StoreCoachDirectory(IStateStore store, TimeProvider time) : ICoachDirectory
{
    public async Task<Coach> CreateCoachAsync(string email, string displayName, CancellationToken cancellationToken)
    {
        var coach = new Coach(Token(12), email.Trim(), displayName.Trim(), InviteCode(), time.GetUtcNow());
        await PutAsync(StateKeys.Coach(coach.Id), coach, cancellationToken);
        await PutAsync(StateKeys.CoachInvite(coach.InviteCode), coach.Id, cancellationToken);
        await PutAsync(StateKeys.CoachEmail(EmailKey(coach.Email)), coach.Id, cancellationToken);
        return coach;
    }

    public Task<Coach?> FindCoachAsync(string coachId, CancellationToken cancellationToken) => GetAsync<Coach>(StateKeys.Coach(coachId), cancellationToken);

    public async Task<Coach?> FindCoachByInviteCodeAsync(string inviteCode, CancellationToken cancellationToken) =>
        await GetAsync<string>(StateKeys.CoachInvite(inviteCode.Trim().ToUpperInvariant()), cancellationToken) is { } id ? await FindCoachAsync(id, cancellationToken) : null;

    public async Task<Coach?> FindCoachByEmailAsync(string email, CancellationToken cancellationToken) =>
        await GetAsync<string>(StateKeys.CoachEmail(EmailKey(email)), cancellationToken) is { } id ? await FindCoachAsync(id, cancellationToken) : null;

    /// <summary>Emails are personal data: the index key is a hash, not the address.</summary>
    private static string EmailKey(string email) => Hash(email.Trim().ToLowerInvariant());

    public Task LinkAsync(string coachId, LinkedExecutive executive, CancellationToken cancellationToken) =>
        UpdateAsync<List<LinkedExecutive>>(StateKeys.CoachExecutives(coachId), list =>
        {
            // Linking again (a new display name) keeps the coach's record of their last session.
            var existing = list.Find(e => e.Id == executive.Id);
            list.RemoveAll(e => e.Id == executive.Id);
            list.Add(existing is null ? executive : executive with { LastSessionOn = existing.LastSessionOn });
        }, cancellationToken);

    public async Task<bool> RecordSessionAsync(string coachId, string executiveId, DateOnly heldOn, CancellationToken cancellationToken)
    {
        var found = false;
        await UpdateAsync<List<LinkedExecutive>>(StateKeys.CoachExecutives(coachId), list =>
        {
            var index = list.FindIndex(e => e.Id == executiveId);
            found = index >= 0;
            if (found)
            {
                list[index] = list[index] with { LastSessionOn = heldOn };
            }
        }, cancellationToken);
        return found;
    }

    public async Task UnlinkAsync(string coachId, string executiveId, CancellationToken cancellationToken)
    {
        await UpdateAsync<List<LinkedExecutive>>(StateKeys.CoachExecutives(coachId), list => list.RemoveAll(e => e.Id == executiveId), cancellationToken);
        await store.DeleteAsync(StateKeys.CoachShared(coachId, executiveId), cancellationToken);
        await store.DeleteAsync(StateKeys.CoachProgress(coachId, executiveId), cancellationToken);
        await store.DeleteAsync(StateKeys.CoachFocus(coachId, executiveId), cancellationToken);
    }

    public async Task<bool> ProposeFocusAsync(string coachId, string executiveId, string text, CancellationToken cancellationToken)
    {
        if (!await IsLinkedAsync(coachId, executiveId, cancellationToken))
        {
            return false;
        }

        // A new id each time, so a changed focus is offered again even when an earlier one was answered.
        var focus = new ProposedFocus(Token(9), text, time.GetUtcNow());
        await UpdateAsync<List<ProposedFocus>>(StateKeys.CoachFocus(coachId, executiveId), list =>
        {
            list.Clear();
            list.Add(focus);
        }, cancellationToken);
        return true;
    }

    public async Task WithdrawFocusAsync(string coachId, string executiveId, CancellationToken cancellationToken) =>
        await store.DeleteAsync(StateKeys.CoachFocus(coachId, executiveId), cancellationToken);

    public async Task<ProposedFocus?> ProposedFocusAsync(string coachId, string executiveId, CancellationToken cancellationToken) =>
        await IsLinkedAsync(coachId, executiveId, cancellationToken)
            ? (await GetAsync<List<ProposedFocus>>(StateKeys.CoachFocus(coachId, executiveId), cancellationToken))?.FirstOrDefault()
            : null;

    private async Task<bool> IsLinkedAsync(string coachId, string executiveId, CancellationToken cancellationToken) =>
        (await ExecutivesOfAsync(coachId, cancellationToken)).Any(e => e.Id == executiveId);

    public async Task<IReadOnlyList<LinkedExecutive>> ExecutivesOfAsync(string coachId, CancellationToken cancellationToken) =>
        await GetAsync<List<LinkedExecutive>>(StateKeys.CoachExecutives(coachId), cancellationToken) ?? [];

    public Task ShareAsync(string coachId, string executiveId, SharedSummary summary, CancellationToken cancellationToken) =>
        UpdateAsync<List<SharedSummary>>(StateKeys.CoachShared(coachId, executiveId), list =>
        {
            list.RemoveAll(s => s.SummaryId == summary.SummaryId);
            list.Add(summary);
        }, cancellationToken);

    public async Task<bool> WithdrawAsync(string coachId, string executiveId, string summaryId, CancellationToken cancellationToken)
    {
        var removed = false;
        await UpdateAsync<List<SharedSummary>>(StateKeys.CoachShared(coachId, executiveId), list => removed = list.RemoveAll(s => s.SummaryId == summaryId) > 0, cancellationToken);
        return removed;
    }

    public async Task<IReadOnlyList<SharedSummary>> SharedWithAsync(string coachId, string executiveId, CancellationToken cancellationToken)
    {
        if (!(await ExecutivesOfAsync(coachId, cancellationToken)).Any(e => e.Id == executiveId))
        {
            return [];
        }

        return [.. (await GetAsync<List<SharedSummary>>(StateKeys.CoachShared(coachId, executiveId), cancellationToken) ?? []).OrderByDescending(s => s.SharedAt)];
    }

    public async Task<string> IssueNotifyCodeAsync(string coachId, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var code = "N" + InviteCode();
        await IssueSingleUseAsync(StateKeys.NotifyCode, code, coachId, lifetime, cancellationToken);
        return code;
    }

    public async Task<bool> RedeemNotifyCodeAsync(string code, NotifyTarget target, CancellationToken cancellationToken)
    {
        if (await RedeemSingleUseAsync(StateKeys.NotifyCode, code.Trim().ToUpperInvariant(), cancellationToken) is not { } coachId)
        {
            return false;
        }

        await UpdateAsync<List<NotifyTarget>>(StateKeys.CoachNotify(coachId), list =>
        {
            list.Clear();
            list.Add(target);
        }, cancellationToken);
        return true;
    }

    public async Task<NotifyTarget?> NotifyTargetAsync(string coachId, CancellationToken cancellationToken) =>
        (await GetAsync<List<NotifyTarget>>(StateKeys.CoachNotify(coachId), cancellationToken))?.FirstOrDefault();

    public async Task<string> IssueSignInTokenAsync(string coachId, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var token = Token(32);
        await IssueSingleUseAsync(StateKeys.SignIn, token, coachId, lifetime, cancellationToken);
        return token;
    }

    public Task<string?> RedeemSignInTokenAsync(string token, CancellationToken cancellationToken) =>
        RedeemSingleUseAsync(StateKeys.SignIn, token, cancellationToken);

    /// <summary>Stores only the secret's hash, with the coach it stands for and when it stops working.</summary>
    private Task IssueSingleUseAsync(string kind, string secret, string coachId, TimeSpan lifetime, CancellationToken cancellationToken) =>
        PutAsync(StateKeys.SingleUse(kind, Hash(secret)), new SignIn(coachId, time.GetUtcNow() + lifetime), cancellationToken);

    /// <summary>The coach a secret stands for, spending it; null when it is unknown, already used or expired.</summary>
    private async Task<string?> RedeemSingleUseAsync(string kind, string secret, CancellationToken cancellationToken)
    {
        var key = StateKeys.SingleUse(kind, Hash(secret));
        var issued = await GetAsync<SignIn>(key, cancellationToken);

        // Single use: whoever deletes it first wins; a replayed secret finds nothing.
        if (issued is null || !await store.DeleteAsync(key, cancellationToken))
        {
            return null;
        }

        return issued.ExpiresAt > time.GetUtcNow() ? issued.CoachId : null;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    /// <summary>Random, URL-safe, <paramref name="bytes"/> bytes of entropy.</summary>
    private static string Token(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Eight characters a person can read out or type: no 0/O or 1/I.</summary>
    private static string InviteCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Concat(Enumerable.Range(0, 8).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]));
    }

    private async Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken) =>
        await store.GetAsync(key, cancellationToken) is { } stored ? JsonSerializer.Deserialize<T>(stored.Json, StateJson.Options) : default;

    private async Task PutAsync<T>(string key, T value, CancellationToken cancellationToken)
    {
        if (!await store.TrySaveAsync(key, JsonSerializer.Serialize(value, StateJson.Options), 0, cancellationToken))
        {
            throw new InvalidOperationException($"'{key.Split(':')[0]}' already exists.");
        }
    }

    private async Task UpdateAsync<T>(string key, Action<T> change, CancellationToken cancellationToken)
        where T : new()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var stored = await store.GetAsync(key, cancellationToken);
            var value = stored is null ? new T() : JsonSerializer.Deserialize<T>(stored.Json, StateJson.Options) ?? new T();
            change(value);
            if (await store.TrySaveAsync(key, JsonSerializer.Serialize(value, StateJson.Options), stored?.Version ?? 0, cancellationToken))
            {
                return;
            }
        }

        throw new InvalidOperationException("A coach record kept changing during 20 attempts to update it.");
    }

    private sealed record SignIn(string CoachId, DateTimeOffset ExpiresAt);
}
