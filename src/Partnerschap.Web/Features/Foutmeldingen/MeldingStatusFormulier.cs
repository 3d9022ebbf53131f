using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Foutmeldingen;

public sealed class MeldingStatusFormulier
{
    public MeldingStatus Status { get; set; }

    [StringLength(1000)]
    public string? Notitie { get; set; }
}
