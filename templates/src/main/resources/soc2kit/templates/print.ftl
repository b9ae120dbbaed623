<#-- The print edition of the policy set, rendered to policies.pdf: cover, contents, one policy per chapter. XHTML. -->
<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<title>${site.organization} information security policies</title>
<bookmarks>
<#list policies as p><bookmark name="${p.title}" href="#policy-${p.id}"/>
</#list>
</bookmarks>
<style>
${css}
</style>
</head>
<body class="print">
<section class="cover">
<p class="cover-org">${site.organization}</p>
<h1>Information security policies</h1>
<p class="cover-system">${site.system}</p>
<p class="cover-meta">SOC 2 Type ${site.reportType} · observation period ${site.periodStart} to ${site.periodEnd} · as of ${site.asOf} · ${policies?size} policies</p>
</section>

<section class="toc">
<h2>Contents</h2>
<ol>
<#list policies as p><li><a href="#policy-${p.id}">${p.title} <span class="version">(version ${p.version})</span></a></li>
</#list>
</ol>
</section>

<#list policies as p>
<section class="chapter" id="policy-${p.id}">
<h1>${p.title}</h1>
<#if p.summary?has_content><p class="lead">${p.summary}</p></#if>
<table class="facts">
<tbody>
<tr><th scope="row">Version</th><td>${p.version}</td></tr>
<tr><th scope="row">Owner</th><td>${p.owner.name}<#if p.owner.title?has_content>, ${p.owner.title}</#if></td></tr>
<tr><th scope="row">Approved</th><td>by ${p.approver.name}<#if p.approver.title?has_content>, ${p.approver.title}</#if>, on ${p.approvedOn}</td></tr>
<tr><th scope="row">Effective</th><td>${p.effective}</td></tr>
<tr><th scope="row">Review</th><td>${p.review}</td></tr>
</tbody>
</table>
<#if p.parameters?has_content>
<h2>Parameters</h2>
<table class="list narrow">
<tbody>
<#list p.parameters as x><tr><td><code>${x.name}</code></td><td>${x.value}</td></tr>
</#list>
</tbody>
</table>
</#if>
<#list p.sections as s>
<h2>${s.title}</h2>
${s.html?no_esc}
</#list>
<#if p.controls?has_content>
<h2>Controls</h2>
<table class="list">
<tbody>
<#list p.controls as c><tr><td>${c.id}</td><td>${c.title}</td><td>${c.owner.name}</td><td>${c.frequency}</td></tr>
</#list>
</tbody>
</table>
</#if>
</section>
</#list>
</body>
</html>
