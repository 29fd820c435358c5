namespace Platform.Web.Endpoints;

/// Return URLs come from the query string, so anyone can craft one: only a path on this site is followed,
/// never another host (an open redirect would let a phishing link borrow our sign-in page).
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string OrRoot(string? url) => IsLocal(url) ? url! : "/";
}
