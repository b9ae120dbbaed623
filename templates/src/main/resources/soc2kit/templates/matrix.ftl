<#import "layout.ftl" as l>
<@l.page title="Controls matrix" active="matrix">
<h1>Controls matrix</h1>
<p class="lead">Every trust services criterion in scope (${site.categories?join(", ")}) and the controls that address it.</p>

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
<td>${k.id}</td>
<td>${k.summary}</td>
<td><#if k.controls?has_content><#list k.controls as c><a href="${root}controls/${c.id}.html" title="${c.title}">${c.id}</a><#sep>, </#list><#elseif k.notRelevant?has_content>Not relevant: ${k.notRelevant}<#else><strong>No control</strong></#if></td>
</tr>
</#list>
</tbody>
</table>
</#list>
</@l.page>
