<#import "layout.ftl" as l>
<#assign c = control>
<@l.page title=c.id + " " + c.title active="matrix">
<p class="crumbs"><a href="${root}index.html#controls">Controls</a> / ${c.id}</p>
<h1><span class="id">${c.id}</span> ${c.title}</h1>
<#if c.html?has_content>
<div class="description">${c.html?no_esc}</div>
</#if>

<table class="facts">
<tbody>
<tr><th scope="row">Policy</th><td><a href="${root}policies/${c.policy.id}.html">${c.policy.title}</a></td></tr>
<tr><th scope="row">Owner</th><td><@l.person c.owner/></td></tr>
<tr><th scope="row">Frequency</th><td>${c.frequency}</td></tr>
<tr><th scope="row">Risk</th><td>${c.risk}</td></tr>
<#if c.nature?has_content>
<tr><th scope="row">Nature</th><td>${c.nature}</td></tr>
</#if>
<#if c.type?has_content>
<tr><th scope="row">Type</th><td>${c.type}</td></tr>
</#if>
<#if c.result?has_content>
<tr><th scope="row">Status</th><td><span class="status ${c.result.statusKey}">${c.result.status}</span> ${c.result.summary}</td></tr>
<#if c.result.occurrences?has_content>
<tr><th scope="row">Occurrences as of ${site.asOf}</th><td><ul class="occurrences"><#list c.result.occurrences as o><li>${o.period}: ${o.status}</li></#list></ul></td></tr>
</#if>
</#if>
</tbody>
</table>

<h2 id="criteria">Trust services criteria</h2>
<table class="list">
<thead><tr><th scope="col">Criterion</th><th scope="col">Summary</th></tr></thead>
<tbody>
<#list c.criteria as k>
<tr><td><a href="${root}matrix.html#${k.id}">${k.id}</a></td><td>${k.summary}</td></tr>
</#list>
</tbody>
</table>

<#if c.components?has_content>
<h2 id="components">System components</h2>
<ul class="tags">
<#list c.components as k><li><a href="${root}system-description.html#component-${k.id}">${k.name}</a></li></#list>
</ul>
</#if>

<h2 id="test">How practice is tested</h2>
<#list c.tests as t>
<#if c.tests?size gt 1>
<h3 id="test-${t?counter}">Test ${t?counter}</h3>
</#if>
<#if t.description?has_content>
<p>${t.description}</p>
</#if>
<p class="test-sentence">${t.sentence}</p>
<#if t.conditions?has_content>
<table class="facts">
<tbody>
<#list t.conditions as k>
<tr><th scope="row">${k.label}</th><td><code>${k.expression}</code></td></tr>
</#list>
</tbody>
</table>
</#if>
<#if t.parameters?has_content>
<p class="note">Policy values used by this test:
<#list t.parameters as x><code>${x.name}</code> = ${x.value}<#sep>, </#list>.</p>
</#if>
</#list>
</@l.page>
