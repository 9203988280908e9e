using MudBlazor;

namespace Ippon.Web.Features.Drafts;

/// <summary>The one way the page asks before throwing work away (破棄, leaving with unsaved changes): a MudBlazor message box.</summary>
public static class Confirm
{
    /// <summary>True when the user chose <paramref name="yes"/>; false for <paramref name="no"/>, Escape or closing the box.</summary>
    public static async Task<bool> AskAsync(IDialogService dialogs, string title, string message, string yes, string no)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var answer = await dialogs.ShowMessageBoxAsync(
            new MessageBoxOptions { Title = title, Message = message, YesText = yes, CancelText = no },
            new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        return answer == true;
    }
}
