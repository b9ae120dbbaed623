<#-- The frame of every page: header with navigation, the page's content, and the footer. -->
<#macro page title active="">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="color-scheme" content="light dark"/>
<title>${title} · ${site.organization}</title>
<link rel="stylesheet" href="${root}site.css"/>
</head>
<body<#if site.internal> class="internal"</#if>>
<#if site.internal>
<p class="internal-banner">Internal: readiness, findings and people's addresses. Do not publish this site; the public site is rendered beside it.</p>
</#if>
<header class="masthead">
<div class="wrap">
<p class="brand"><a href="${root}index.html">${site.organization}</a></p>
<p class="tagline">${site.system} · SOC 2 Type ${site.reportType} · <time>${site.periodStart}</time> to <time>${site.periodEnd}</time> · as of <time>${site.asOf}</time></p>
<nav aria-label="Site">
<a href="${root}index.html"<#if active == "index"> aria-current="page"</#if>>Overview</a>
<a href="${root}policies.html"<#if active == "policies"> aria-current="page"</#if>>Policies</a>
<a href="${root}matrix.html"<#if active == "matrix"> aria-current="page"</#if>>Controls matrix</a>
<a href="${root}system-description.html"<#if active == "description"> aria-current="page"</#if>>System description</a>
<a href="${root}calendar.html"<#if active == "calendar"> aria-current="page"</#if>>Calendar</a>
<#if site.internal>
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
<p>${site.organization} · ${site.system} · observation period <time>${site.periodStart}</time> to <time>${site.periodEnd}</time>. Rendered by soc2kit from the company's policy repository (${site.source}), as of <time>${site.asOf}</time>.</p>
</footer>
</body>
</html>
</#macro>

<#-- A person: name, with title when known; the e-mail address (internal site only) as a tooltip. -->
<#macro person p><span class="person"<#if p.email?has_content> title="${p.email}"</#if>>${p.name}</span><#if p.title?has_content><span class="role">, ${p.title}</span></#if></#macro>

<#-- A control id, which never breaks across lines. -->
<#macro control id><a class="id" href="${root}controls/${id}.html">${id}</a></#macro>

<#-- A control's status badge on the internal site. -->
<#macro status c><#if c.result?has_content><span class="status ${c.result.statusKey}">${c.result.status}</span></#if></#macro>
