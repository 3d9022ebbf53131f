using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Features.Ontwikkeling;

/// <summary>
/// The development outbox: mails the portal "sent" while Mail:Delivery = Outbox. It is public on purpose
/// (an invited person reads their link here before they have an account) and answers 404 in any other
/// set-up; production refuses to start with Delivery = Outbox.
/// </summary>
[AllowAnonymous]
public sealed partial class OntwikkelingController(PortalDbContext db, IOptions<MailOptions> mail) : Controller
{
    [HttpGet("ontwikkeling/outbox")]
    public async Task<IActionResult> Outbox()
    {
        if (mail.Value.Delivery != MailDelivery.Outbox)
        {
            return NotFound();
        }

        var berichten = await db.OutboxMessages.AsNoTracking()
            .OrderByDescending(m => m.Id)
            .Take(50)
            .Select(m => new { m.Id, m.Aan, m.Onderwerp, m.Tekst, m.VerstuurdOp })
            .ToListAsync();

        return View(berichten
            .Select(m => new OutboxBerichtViewModel(m.Id, m.Aan, m.Onderwerp, m.Tekst, m.VerstuurdOp,
                [.. LinkPattern().Matches(m.Tekst).Select(x => x.Value)]))
            .ToList());
    }

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex LinkPattern();
}
