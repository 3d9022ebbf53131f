using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Features.Ontwikkeling;

public sealed record OutboxBerichtViewModel(long Id, string Aan, string Onderwerp, string Tekst, DateTimeOffset VerstuurdOp, IReadOnlyList<string> Links);
