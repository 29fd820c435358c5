using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace Platform.Host.Hosting;

/// The session cookie's ticket format with the tickets it has decrypted remembered by their cookie text. An API client
/// sends the same cookie with every request; decrypting it each time (key derivation, AES and HMAC) was a sizeable share
/// of a booking's CPU. A remembered ticket (a copy of it) is what decryption would give: the cookie handler still checks its
/// expiry, and <see cref="SessionRevalidation"/> still re-checks the user. Protecting is not cached.
internal sealed class CachedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    /// Sessions remembered at most; past that the memory starts over (a burst of sign-ins costs one decryption each).
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, AuthenticationTicket> _tickets = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null) return null;
        var key = purpose is null ? protectedText : purpose + "\n" + protectedText;
        if (_tickets.TryGetValue(key, out var known)) return Copy(known);   // a request may change its ticket; the next gets it as decrypted
        var ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is null) return null;
        if (_tickets.Count >= Capacity) _tickets.Clear();
        _tickets[key] = Copy(ticket);
        return ticket;
    }

    private static AuthenticationTicket Copy(AuthenticationTicket t) => new(t.Principal.Clone(), t.Properties.Clone(), t.AuthenticationScheme);
}
