<#import "layout.ftl" as l>
<#assign p = policy>
<@l.page title=p.title active="policies">
<p class="crumbs"><a href="${root}policies.html">Policies</a> / ${p.id}</p>
<h1>${p.title}</h1>
<#if p.summary?has_content>
<p class="lead">${p.summary}</p>
</#if>

<table class="facts">
<tbody>
<tr><th scope="row">Version</th><td>${p.version}</td></tr>
<tr><th scope="row">Owner</th><td><@l.person p.owner/></td></tr>
<tr><th scope="row">Approved</th><td>by <@l.person p.approver/> on <time>${p.approvedOn}</time><#if p.approvalSource?has_content> <span class="note">(${p.approvalSource})</span></#if></td></tr>
<tr><th scope="row">Effective</th><td><time>${p.effective}</time></td></tr>
<tr><th scope="row">Review</th><td>${p.review}</td></tr>
</tbody>
</table>

<#if p.parameters?has_content>
<h2 id="parameters">Parameters</h2>
<p class="note">Each value is written once: it appears in the text below and is the value the control tests check.</p>
<table class="list narrow">
<thead><tr><th scope="col">Parameter</th><th scope="col">Value</th></tr></thead>
<tbody>
<#list p.parameters as x>
<tr><td><code>${x.name}</code></td><td>${x.value}</td></tr>
</#list>
</tbody>
</table>
</#if>

<nav class="contents" aria-label="Sections">
<h2>Contents</h2>
<ol>
<#list p.sections as s><li><a href="#${s.anchor}">${s.title}</a></li></#list>
</ol>
</nav>

<#list p.sections as s>
<section id="${s.anchor}" class="policy-text">
<h2>${s.title}</h2>
${s.html?no_esc}
</section>
</#list>

<h2 id="controls">Controls</h2>
<#if p.controls?has_content>
<table class="list">
<thead><tr><th scope="col">Control</th><th scope="col">Title</th><th scope="col">Owner</th><th scope="col">Frequency</th><th scope="col">Risk</th><#if site.internal><th scope="col">Status</th></#if></tr></thead>
<tbody>
<#list p.controls as c>
<tr><td><@l.control c.id/></td><td>${c.title}</td><td><@l.person c.owner/></td><td>${c.frequency}</td><td>${c.risk}</td><#if site.internal><td><@l.status c/></td></#if></tr>
</#list>
</tbody>
</table>
<#else>
<p>No control implements this policy yet.</p>
</#if>

<h2 id="history">Change history</h2>
<#if p.history?has_content>
<p class="note">From the repository's git history, newest first. A version is approved in git by the merge of a pull request or an <code>Approved-by:</code> trailer; where git holds neither, the row says what the file itself records.</p>
<table class="list">
<thead><tr><th scope="col">Version</th><th scope="col">Effective</th><th scope="col">Commit</th><th scope="col">Date</th><th scope="col">Author</th><th scope="col">Approval</th><th scope="col">Change</th></tr></thead>
<tbody>
<#list p.history as h>
<tr><td>${h.version}</td><td><time>${h.effective}</time></td><td><code>${h.commit}</code></td><td><time>${h.date}</time></td><td>${h.author}</td><td>${h.approval}</td><td>${h.message}</td></tr>
</#list>
</tbody>
</table>
<#else>
<p class="placeholder">The change history of this policy (each version, its approver and date, and what changed) is read from the repository's git history; this repository is not in git, or the policy is not committed yet.</p>
</#if>
</@l.page>
