using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

// Usage: dotnet run --project bench/Ippon.Load -c Release -- --url http://127.0.0.1:5080[,http://127.0.0.1:5081] --admin-password PW [--editors 50] [--seconds 60]
// With several addresses (instances of the app on one database) the editors are spread over them, editor i on
// address i mod n, as a load balancer would; the set-up and the final check go through the first.
// Each editor is a department editor with its own API token and its own metric of one shared plan; in a loop it reads
// the plan (GET, its version) and saves a new value of its metric based on that version (PATCH ?base_version=N):
// saves of other editors in between are merged by the server. At the end every acknowledged save (200, a version
// number) must be in the history with its value, and no answer may be a 5xx.
var options = Args(args);
var urls = options.GetValueOrDefault("url", "http://127.0.0.1:5080").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new Uri(u)).ToArray();
var baseUrl = urls[0];
var editors = int.Parse(options.GetValueOrDefault("editors", "50"), System.Globalization.CultureInfo.InvariantCulture);
var seconds = int.Parse(options.GetValueOrDefault("seconds", "60"), System.Globalization.CultureInfo.InvariantCulture);
var password = options.GetValueOrDefault("admin-password", Environment.GetEnvironmentVariable("IPPON_ADMIN_PASSWORD") ?? "");

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = editors * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var admin = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseUrl };
await SignInAsync(admin, "admin", password);
var adminToken = await TokenAsync(admin, "load-admin", "admin", null);
admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);

// One plan with one metric per editor, owned by the editor's department.
var plan = await (await Ok(admin.PostAsJsonAsync("/api/plans", new { template = "sales-100m" }))).Content.ReadFromJsonAsync<JsonElement>();
var planId = plan.GetProperty("id").GetGuid();
for (var i = 0; i < editors; i++)
    await Ok(admin.PostAsJsonAsync($"/api/plans/{planId}/metrics", new { id = Metric(i), name = $"負荷 {i}", owner = Dept(i), value = "0", unit = "count" }));
var tokens = new string[editors];
for (var i = 0; i < editors; i++) tokens[i] = await TokenAsync(admin, $"load-editor-{i:00}", "editor", Dept(i));

Console.WriteLine($"plan {planId}: {editors} editors, {seconds} s against {string.Join(" + ", urls.Select(u => u.ToString()))}");
var acknowledged = new System.Collections.Concurrent.ConcurrentBag<(int Editor, int Version, int Value)>();
var readLatency = new System.Collections.Concurrent.ConcurrentBag<double>();
var saveLatency = new System.Collections.Concurrent.ConcurrentBag<double>();
var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
var deadline = Stopwatch.StartNew();
var workers = Enumerable.Range(0, editors).Select(i => Task.Run(async () =>
{
    using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = urls[i % urls.Length], Timeout = TimeSpan.FromSeconds(60) };
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i]);
    for (var n = 1; deadline.Elapsed.TotalSeconds < seconds; n++)
    {
        var t = Stopwatch.GetTimestamp();
        using var read = await http.GetAsync($"/api/plans/{planId}");
        readLatency.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        statuses.AddOrUpdate((int)read.StatusCode, 1, (_, c) => c + 1);
        if (!read.IsSuccessStatusCode) continue;
        var version = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        t = Stopwatch.GetTimestamp();
        using var save = await http.PatchAsJsonAsync($"/api/plans/{planId}/metrics/{Metric(i)}?base_version={version}", new { value = n.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        saveLatency.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        statuses.AddOrUpdate((int)save.StatusCode, 1, (_, c) => c + 1);
        if (save.StatusCode == HttpStatusCode.OK)
        {
            var saved = await save.Content.ReadFromJsonAsync<JsonElement>();
            if (saved.GetProperty("created").GetBoolean()) acknowledged.Add((i, saved.GetProperty("version").GetInt32(), n));
        }
    }
})).ToArray();
await Task.WhenAll(workers);
var elapsed = deadline.Elapsed.TotalSeconds;

// Every acknowledged save: its version exists, and in it the editor's metric has the value that save wrote.
var lost = 0;
var texts = new Dictionary<int, string>();
foreach (var (editor, version, value) in acknowledged)
{
    if (!texts.TryGetValue(version, out var yaml))
    {
        var v = await (await Ok(admin.GetAsync($"/api/plans/{planId}/versions/{version}"))).Content.ReadFromJsonAsync<JsonElement>();
        texts[version] = yaml = v.GetProperty("yaml").GetString()!;
    }
    if (ValueOf(yaml, Metric(editor)) != value.ToString(System.Globalization.CultureInfo.InvariantCulture)) lost++;
}
var versions = await (await Ok(admin.GetAsync($"/api/plans/{planId}/versions"))).Content.ReadFromJsonAsync<JsonElement>();
var numbers = versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()).Order().ToList();
var gaps = numbers.Count - (numbers[^1] - numbers[0] + 1);
var distinctAcks = acknowledged.Select(a => a.Version).Distinct().Count();
var fiveXx = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);

Console.WriteLine($"requests: {readLatency.Count + saveLatency.Count} in {elapsed:0.0} s = {(readLatency.Count + saveLatency.Count) / elapsed:0} req/s; saves acknowledged {acknowledged.Count} ({acknowledged.Count / elapsed:0.0}/s)");
Console.WriteLine($"status codes: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
Console.WriteLine($"read  latency ms: p50 {P(readLatency, 50):0.0}  p99 {P(readLatency, 99):0.0}  max {readLatency.DefaultIfEmpty().Max():0.0}");
Console.WriteLine($"save  latency ms: p50 {P(saveLatency, 50):0.0}  p99 {P(saveLatency, 99):0.0}  max {saveLatency.DefaultIfEmpty().Max():0.0}");
Console.WriteLine($"history: {numbers.Count} versions, gaps {gaps}; acknowledged saves with distinct versions {distinctAcks}/{acknowledged.Count}; lost updates {lost}; 5xx {fiveXx}");
return lost == 0 && fiveXx == 0 && gaps == 0 && distinctAcks == acknowledged.Count ? 0 : 1;

static string Metric(int i) => $"load_{i:00}";

// The value: of metric id in a plan file (the writer's block form "  id:\n    value: 3"; or the flow form "id: { value: 3 }").
static string? ValueOf(string yaml, string id)
{
    var lines = yaml.Split('\n');
    for (var i = 0; i < lines.Length; i++)
    {
        if (!lines[i].TrimStart().StartsWith(id + ":", StringComparison.Ordinal)) continue;
        var flow = Regex.Match(lines[i], @"value: *([^,}\s]+)");
        if (flow.Success) return flow.Groups[1].Value;
        var indent = lines[i].Length - lines[i].TrimStart().Length;
        for (var j = i + 1; j < lines.Length && lines[j].Length - lines[j].TrimStart().Length > indent; j++)
        {
            var m = Regex.Match(lines[j], @"^\s*value: *(\S+)");
            if (m.Success) return m.Groups[1].Value;
        }
        return null;
    }
    return null;
}
static string Dept(int i) => $"dept-{i:00}";
static double P(IEnumerable<double> values, int p)
{
    var sorted = values.Order().ToList();
    return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
}

static async Task<HttpResponseMessage> Ok(Task<HttpResponseMessage> call)
{
    var response = await call;
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    return response;
}

static async Task SignInAsync(HttpClient http, string user, string password)
{
    var form = await http.GetStringAsync("/login");
    var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
    using var response = await http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["UserName"] = user, ["Password"] = password, ["ReturnUrl"] = "/",
    }));
    if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in as {user} failed ({(int)response.StatusCode}); pass --admin-password");
}

static async Task<string> TokenAsync(HttpClient http, string name, string role, string? department)
{
    using var response = await Ok(http.PostAsJsonAsync("/api/tokens", new { name, role, department }));
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
}

static Dictionary<string, string> Args(string[] args)
{
    var map = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2) map[args[i].TrimStart('-')] = args[i + 1];
    return map;
}
