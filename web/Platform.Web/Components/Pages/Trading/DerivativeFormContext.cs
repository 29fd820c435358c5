using Microsoft.AspNetCore.Components;
using Platform.Web.Forms;

namespace Platform.Web.Components.Pages.Trading;

/// What a capture hands the form it shows: the desk's problems by field, and the callback the form raises after every
/// change, which previews the terms after a pause in typing.
public sealed record DerivativeFormContext(FieldErrors Errors, EventCallback Changed);
