<#-- The frame of every page: header with navigation, the page's content, and the footer. -->
<#macro page title active="">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${title} · ${site.organization}</title>
<link rel="stylesheet" href="${root}site.css"/>
</head>
<body>
<header class="masthead">
<div class="wrap">
<p class="brand"><a href="${root}index.html">${site.organization}</a></p>
<p class="tagline">${site.system} · SOC 2 Type ${site.reportType} · ${site.periodStart} to ${site.periodEnd} · as of ${site.asOf}</p>
<nav aria-label="Site">
<a href="${root}index.html"<#if active == "index"> aria-current="page"</#if>>Overview</a>
<a href="${root}index.html#policies"<#if active == "policies"> aria-current="page"</#if>>Policies</a>
<a href="${root}matrix.html"<#if active == "matrix"> aria-current="page"</#if>>Controls matrix</a>
<a href="${root}system-description.html"<#if active == "description"> aria-current="page"</#if>>System description</a>
<a href="${root}calendar.html"<#if active == "calendar"> aria-current="page"</#if>>Calendar</a>
<#if site.findingsRun>
<a href="${root}findings.html"<#if active == "findings"> aria-current="page"</#if>>Readiness</a>
</#if>
<a href="${root}policies.pdf">PDF</a>
</nav>
</div>
</header>
<main class="wrap">
<#nested>
</main>
<footer class="wrap">
<p>${site.organization} · ${site.system} · observation period ${site.periodStart} to ${site.periodEnd}, as of ${site.asOf}. Rendered by soc2kit from the company's policy repository.</p>
</footer>
</body>
</html>
</#macro>

<#-- A person: name, with title when known. -->
<#macro person p><span class="person" title="${p.email}">${p.name}</span><#if p.title?has_content><span class="role">, ${p.title}</span></#if></#macro>
