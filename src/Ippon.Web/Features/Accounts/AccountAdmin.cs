using Ippon.Storage;
using Ippon.Storage.Accounts;
using Ippon.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;

namespace Ippon.Web.Features.Accounts;

/// <summary>
/// Accounts and API tokens for admins, one door for the admin page and the <c>/api/users</c>, <c>/api/tokens</c>
/// endpoints: each call runs <see cref="ManageAccounts"/> in a scope of its own (ASP.NET Identity's
/// <c>UserManager</c> and the context its store uses), so neither the page nor the endpoints open a context.
/// </summary>
public sealed class AccountAdmin(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Every account, by name.</summary>
    public Task<List<AccountInfo>> AccountsAsync(CancellationToken ct = default) => InScope((manager, _) => ManageAccounts.ListAsync(manager, ct));

    public Task<Outcome<AccountInfo>> CreateAsync(ManageAccounts.NewAccount body, Caller caller) => InScope((manager, db) => ManageAccounts.CreateAsync(manager, db, body, caller, time));

    public Task<Outcome<AccountInfo>> ChangeAsync(string id, ManageAccounts.AccountChange body, Caller caller) => InScope((manager, db) => ManageAccounts.ChangeAsync(manager, db, id, body, caller, time));

    public Task<Outcome<AccountInfo>> DeleteAsync(string id, Caller caller) => InScope((manager, db) => ManageAccounts.DeleteAsync(manager, db, id, caller, time));

    /// <summary>Every API token, without secrets.</summary>
    public Task<List<TokenInfo>> TokensAsync(CancellationToken ct = default) => InScope((_, db) => ManageAccounts.ListTokensAsync(db, ct));

    public Task<Outcome<TokenInfo>> CreateTokenAsync(ManageAccounts.NewToken body, Caller caller, CancellationToken ct = default) => InScope((_, db) => ManageAccounts.CreateTokenAsync(db, body, caller, time, ct));

    public Task<Outcome<TokenInfo>> RevokeTokenAsync(Guid id, Caller caller, CancellationToken ct = default) => InScope((_, db) => ManageAccounts.RevokeTokenAsync(db, id, caller, time, ct));

    // One scope per call: the user manager's store and the audit trail's rows share its context, saved together.
    async Task<T> InScope<T>(Func<UserManager<IpponUser>, IpponDb, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<IpponUser>>(), scope.ServiceProvider.GetRequiredService<IpponDb>());
    }
}
