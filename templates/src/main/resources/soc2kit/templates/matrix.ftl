<#import "layout.ftl" as l>
<@l.page title="Controls matrix" active="matrix">
<h1>Controls matrix</h1>
<p class="lead">Every trust services criterion in scope (${site.categories?join(", ")}) and the controls that address it; then <a href="#controls">each control</a> with its owner and criteria<#if site.internal> and its status as of <time>${site.asOf}</time></#if>.</p>

<#if matrix.uncovered?has_content>
<div class="callout warning" id="uncovered">
<h2>Criteria without a control</h2>
<p>No control addresses these criteria, and the system description does not declare them not relevant:</p>
<ul>
<#list matrix.uncovered as k><li><a href="#${k.id}">${k.id}</a> ${k.summary}</li></#list>
</ul>
</div>
<#else>
<p class="callout ok">Every criterion in scope is addressed by at least one control or declared not relevant.</p>
</#if>

<#list matrix.series as s>
<h2 id="series-${s.id}">${s.id} ${s.title}</h2>
<table class="list matrix">
<thead><tr><th scope="col">Criterion</th><th scope="col">Summary</th><th scope="col">Controls</th></tr></thead>
<tbody>
<#list s.criteria as k>
<tr id="${k.id}"<#if k.uncovered> class="uncovered"</#if>>
<td class="id">${k.id}</td>
<td>${k.summary}</td>
<td><#if k.controls?has_content><#list k.controls as c><a class="id" href="${root}controls/${c.id}.html" title="${c.title}">${c.id}</a><#sep>, </#list><#elseif k.notRelevant?has_content>Not relevant: ${k.notRelevant}<#else><strong>No control</strong></#if></td>
</tr>
</#list>
</tbody>
</table>
</#list>

<h2 id="controls">Controls</h2>
<table class="list">
<thead><tr><th scope="col">Control</th><th scope="col">Title</th><th scope="col">Owner</th><th scope="col">Criteria</th><#if site.internal><th scope="col">Status</th></#if></tr></thead>
<tbody>
<#list matrix.controls as c>
<tr><td><@l.control c.id/></td><td>${c.title}</td><td><@l.person c.owner/></td><td><#list c.criteria as k><a class="id" href="#${k}">${k}</a><#sep>, </#list></td><#if site.internal><td><@l.status c/></td></#if></tr>
</#list>
</tbody>
</table>
</@l.page>
