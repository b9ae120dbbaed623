<#-- The print edition of the policy set, rendered to policies.pdf: cover, contents, one policy per chapter ending
     with its version history and a signature block. XHTML; each chapter's first element is its running footer. -->
<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<title>${site.organization} information security policies</title>
<meta name="subject" content="The information security policies of ${site.organization} for ${site.system}, as of ${site.asOf}"/>
<meta name="author" content="${site.organization}"/>
<bookmarks>
<#list policies as p><bookmark name="${p.title}" href="#policy-${p.id}"/>
</#list>
</bookmarks>
<style>
${css}
@page { size: ${paper}; }
</style>
</head>
<body>
<div class="footer">${site.organization} · Information security policies · as of <span class="date">${site.asOf}</span></div>
<section class="cover">
<p class="cover-org">${site.organization}</p>
<h1>Information security policies</h1>
<p class="cover-system">${site.system}</p>
<table class="facts cover-facts">
<tbody>
<tr><th scope="row">Report</th><td>SOC 2 Type ${site.reportType}</td></tr>
<tr><th scope="row">Observation period</th><td class="date">${site.periodStart} to ${site.periodEnd}</td></tr>
<tr><th scope="row">As of</th><td class="date">${site.asOf}</td></tr>
<tr><th scope="row">Policies</th><td>${policies?size}</td></tr>
</tbody>
</table>
</section>

<section class="toc">
<h2>Contents</h2>
<ol>
<#list policies as p><li><a href="#policy-${p.id}">${p.title} <span class="version">version ${p.version}</span></a></li>
</#list>
</ol>
</section>

<#list policies as p>
<section class="chapter" id="policy-${p.id}">
<div class="footer">${site.organization} · ${p.title} · version ${p.version}</div>
<h1>${p.title}</h1>
<#if p.summary?has_content><p class="lead">${p.summary}</p></#if>
<table class="facts">
<tbody>
<tr><th scope="row">Version</th><td>${p.version}</td></tr>
<tr><th scope="row">Owner</th><td>${p.owner.name}<#if p.owner.title?has_content>, ${p.owner.title}</#if></td></tr>
<tr><th scope="row">Approved</th><td>by ${p.approver.name}<#if p.approver.title?has_content>, ${p.approver.title}</#if>, on <span class="date">${p.approvedOn}</span></td></tr>
<tr><th scope="row">Effective</th><td class="date">${p.effective}</td></tr>
<tr><th scope="row">Review</th><td>${p.review}</td></tr>
</tbody>
</table>
<#if p.parameters?has_content>
<h2>Parameters</h2>
<table class="list narrow">
<thead><tr><th scope="col">Parameter</th><th scope="col">Value</th></tr></thead>
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
<thead><tr><th scope="col">Control</th><th scope="col">Title</th><th scope="col">Owner</th><th scope="col">Frequency</th></tr></thead>
<tbody>
<#list p.controls as c><tr><td class="id">${c.id}</td><td>${c.title}</td><td>${c.owner.name}</td><td>${c.frequency}</td></tr>
</#list>
</tbody>
</table>
</#if>
<section class="approval">
<h2>Approval</h2>
<h3>Version history</h3>
<#if p.history?has_content>
<p class="note">From the repository's git history, newest first. A version is approved by the merge of a pull request or an Approved-by: trailer.</p>
<table class="list history">
<colgroup><col class="version"/><col class="date"/><col class="commit"/><col class="date"/><col class="author"/><col class="approval"/><col/></colgroup>
<thead><tr><th scope="col">Version</th><th scope="col">Effective</th><th scope="col">Commit</th><th scope="col">Date</th><th scope="col">Author</th><th scope="col">Approval</th><th scope="col">Change</th></tr></thead>
<tbody>
<#list p.history as h><tr><td class="id">${h.version}</td><td class="date">${h.effective}</td><td><code>${h.commit}</code></td><td class="date">${h.date}</td><td>${h.author}</td><td>${h.approval}</td><td>${h.message}</td></tr>
</#list>
</tbody>
</table>
<#else>
<p class="note">No git history: the repository is not in git, or the policy is not committed yet. Version ${p.version} and its approval are as the policy file records them.</p>
</#if>
<div class="signature">
<h3>Signature</h3>
<p>For ${p.title}, version ${p.version}, effective <span class="date">${p.effective}</span></p>
<div class="field"><p class="line">${p.approver.name}</p><p class="label">Name</p></div>
<div class="field"><p class="line">${p.approver.title}</p><p class="label">Title</p></div>
<div class="field"><p class="line"></p><p class="label">Date</p></div>
<div class="field"><p class="line"></p><p class="label">Signature</p></div>
</div>
</section>
</section>
</#list>
</body>
</html>
