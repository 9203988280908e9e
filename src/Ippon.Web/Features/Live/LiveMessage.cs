using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ippon.Web.Features.Live;

/// <summary>
/// What one instance tells the pages of every instance: a plan was saved (<see cref="Saved"/>), its actuals changed
/// (<see cref="Actuals"/>), or who has it open on the sending instance (<see cref="Presence"/>).
/// </summary>
/// <param name="Kind">One of the kind constants.</param>
/// <param name="Version">The version a save created (0 for the other kinds).</param>
/// <param name="Author">Who saved (the account name).</param>
/// <param name="Instance">The sending instance (<see cref="ChangeBus.Instance"/>).</param>
/// <param name="Viewers">Presence: every page of the plan open on the sending instance.</param>
/// <param name="Ask">Presence: the sender just joined and asks the other instances for their viewers at once.</param>
public sealed record LiveMessage(string Kind, Guid PlanId, int Version, string Author, string Instance, IReadOnlyList<Viewer>? Viewers = null, bool Ask = false)
{
    public const string Saved = "saved";
    public const string Actuals = "actuals";
    public const string Presence = "presence";

    static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };

    /// <summary>The text sent through PostgreSQL (NOTIFY payloads must stay under 8,000 bytes: presence lists are capped).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    /// <summary>The message of a payload, or null for anything else on the channel.</summary>
    public static LiveMessage? FromJson(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<LiveMessage>(payload, s_json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One open page of a plan: its own id (one per browser tab) and the signed-in account's name.</summary>
public sealed record Viewer(string Session, string Name);
