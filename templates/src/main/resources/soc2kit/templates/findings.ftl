<#import "layout.ftl" as l>
<#assign f = findings>
<@l.page title="Readiness" active="findings">
<h1>Readiness</h1>
<div class="callout opinion ${f.opinionKey}">
<p class="verdict">Projected opinion: <strong>${f.opinion}</strong></p>
<p class="disclaimer">Note: ${f.disclaimer}.</p>
<#if f.matters?has_content>
<p>Matters behind the projection:</p>
<ul><#list f.matters as m><li>${m}</li></#list></ul>
</#if>
</div>

<h2 id="controls">Control status</h2>
<table class="list">
<thead><tr><th scope="col">Control</th><th scope="col">Status</th><th scope="col">Tested</th><th scope="col">Deviation rate</th><th scope="col">Tolerable</th><th scope="col">Owner</th><th scope="col">Result</th></tr></thead>
<tbody>
<#list f.controls as c>
<tr>
<td><a class="id" href="${root}controls/${c.id}.html" title="${c.title}">${c.id}</a></td>
<td><span class="status ${c.statusKey}">${c.status}</span></td>
<td>${c.population}</td>
<td>${c.rate}</td>
<td>${c.tolerable}</td>
<td><@l.person c.owner/></td>
<td>${c.summary}<#if c.remediation> <a href="${root}remediation/${c.id}.html">Management response</a></#if></td>
</tr>
</#list>
</tbody>
</table>

<h2 id="findings">Findings</h2>
<#if f.findings?has_content>
<table class="list findings">
<thead><tr><th scope="col">Where</th><th scope="col">Severity</th><th scope="col">Finding</th></tr></thead>
<tbody>
<#list f.findings as x>
<tr><td><code class="id">${x.at}</code></td><td><span class="severity ${x.severity}">${x.severity}</span></td><td>${x.message} <span class="rule">[${x.rule}]</span><#if x.hint?has_content><br/><span class="hint">${x.hint}</span></#if></td></tr>
</#list>
</tbody>
</table>
<#else>
<p>No findings.</p>
</#if>

<#if f.sources?has_content>
<h2 id="evidence">Evidence</h2>
<p class="note">The exports each population was drawn from, with their SHA-256, so that their completeness and integrity can be tested.</p>
<table class="list">
<thead><tr><th scope="col">Source</th><th scope="col">Format</th><th scope="col">Records</th><th scope="col">First</th><th scope="col">Last</th><th scope="col">Files</th></tr></thead>
<tbody>
<#list f.sources as s>
<tr><td>${s.id}<#if s.joinedInto?has_content><br/><span class="note">joined into ${s.joinedInto}</span></#if></td><td>${s.format}</td><td>${s.records}</td><td><time>${s.first}</time></td><td><time>${s.last}</time></td><td><#list s.files as x><code>${x.path}</code> <span class="digest">${x.sha256}</span><#sep><br/></#list></td></tr>
</#list>
</tbody>
</table>
</#if>
</@l.page>
