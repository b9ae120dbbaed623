<#import "layout.ftl" as l>
<#assign d = description>
<@l.page title="System description" active="description">
<h1>Description of ${site.system}</h1>
<p class="lead">${site.organization}'s description of its system for the SOC 2 Type ${site.reportType} report<#if site.reportType == 2> covering ${site.periodStart} to ${site.periodEnd}</#if>, presented along the description criteria DC 1 to DC 9.</p>

<nav class="contents" aria-label="Sections">
<ul>
<li><a href="#dc1">DC 1 Types of services provided</a></li>
<li><a href="#dc2">DC 2 Principal service commitments and system requirements</a></li>
<li><a href="#dc3">DC 3 Components of the system</a></li>
<li><a href="#dc4">DC 4 System incidents</a></li>
<li><a href="#dc5">DC 5 Applicable trust services criteria and related controls</a></li>
<li><a href="#dc6">DC 6 Complementary user entity controls</a></li>
<li><a href="#dc7">DC 7 Subservice organizations</a></li>
<li><a href="#dc8">DC 8 Criteria not relevant to the system</a></li>
<li><a href="#dc9">DC 9 Significant changes during the period</a></li>
</ul>
</nav>

<section id="dc1">
<h2>DC 1 Types of services provided</h2>
<#list d.services as s>
<h3>${s.name}</h3>
${s.html?no_esc}
</#list>
</section>

<section id="dc2">
<h2>DC 2 Principal service commitments and system requirements</h2>
<h3>Service commitments</h3>
<#list d.commitments as g>
<h4>${g.category}</h4>
<#list g.items as item><div class="commitment">${item?no_esc}</div></#list>
</#list>
<h3>System requirements</h3>
<ul>
<#list d.requirements as r><li>${r}</li></#list>
</ul>
</section>

<section id="dc3">
<h2>DC 3 Components of the system</h2>
<#list d.components as k>
<h3>(${k.letter}) ${k.kind}</h3>
<#if k.items?has_content>
<dl class="components">
<#list k.items as item>
<dt id="component-${item.id}">${item.name}<#if !item.inScope> <span class="badge">outside the boundary</span></#if></dt>
<dd>${item.html?no_esc}<#if item.controls?has_content><p class="note">Controls: <#list item.controls as c><@l.control c/><#sep>, </#list></p></#if></dd>
</#list>
</dl>
<#else>
<p>None.</p>
</#if>
</#list>
<h3>System boundaries</h3>
${d.boundariesHtml?no_esc}
</section>

<section id="dc4">
<h2>DC 4 System incidents</h2>
<#if d.incidents?has_content>
<#list d.incidents as i>
<div class="incident">
<h3>Incident of ${i.occurred}</h3>
<h4>Nature</h4>${i.natureHtml?no_esc}
<h4>Extent and effect</h4>${i.effectHtml?no_esc}
<h4>Disposition</h4>${i.dispositionHtml?no_esc}
</div>
</#list>
<#else>
<p>No incident during the period resulted from controls that were not suitably designed or operating effectively, or otherwise caused a significant failure to meet the service commitments and system requirements.</p>
</#if>
</section>

<section id="dc5">
<h2>DC 5 Applicable trust services criteria and related controls</h2>
<p>The criteria of the categories in scope (${site.categories?join(", ")}) and the controls designed to meet them. The <a href="${root}matrix.html">controls matrix</a> shows the same mapping on one page.</p>
<#list d.matrix.series as s>
<h3>${s.id} ${s.title}</h3>
<table class="list matrix">
<tbody>
<#list s.criteria as k>
<tr<#if k.uncovered> class="uncovered"</#if>><td class="id">${k.id}</td><td>${k.summary}</td><td><#if k.controls?has_content><#list k.controls as c><a class="id" href="${root}controls/${c.id}.html" title="${c.title}">${c.id}</a><#sep>, </#list><#elseif k.notRelevant?has_content>Not relevant (DC 8)<#else><strong>No control</strong></#if></td></tr>
</#list>
</tbody>
</table>
</#list>
</section>

<section id="dc6">
<h2>DC 6 Complementary user entity controls</h2>
<#if d.cuecs?has_content>
<p>${site.organization} designed its system assuming that user entities (customers) operate these controls:</p>
<table class="list">
<thead><tr><th scope="col">Complementary user entity control</th><th scope="col">Criteria</th></tr></thead>
<tbody>
<#list d.cuecs as c><tr><td>${c.text}</td><td><#list c.criteria as k><abbr title="${k.summary}">${k.id}</abbr><#sep>, </#list></td></tr></#list>
</tbody>
</table>
<#else>
<p>The system design assumes no complementary user entity controls.</p>
</#if>
</section>

<section id="dc7">
<h2>DC 7 Subservice organizations</h2>
<#if d.subservice?has_content>
<#list d.subservice as o>
<h3>${o.name}</h3>
<table class="facts">
<tbody>
<tr><th scope="row">Service</th><td>${o.service}</td></tr>
<tr><th scope="row">Method</th><td>${o.method}</td></tr>
<tr><th scope="row">Criteria</th><td><#list o.criteria as k><abbr title="${k.summary}">${k.id}</abbr><#sep>, </#list></td></tr>
</tbody>
</table>
<#if o.csocs?has_content>
<h4>Complementary subservice organization controls</h4>
<ul><#list o.csocs as c><li>${c}</li></#list></ul>
</#if>
<h4>Monitoring</h4>
${o.monitoringHtml?no_esc}
</#list>
<#else>
<p>The system uses no subservice organization whose controls are needed to meet the criteria.</p>
</#if>
</section>

<section id="dc8">
<h2>DC 8 Criteria not relevant to the system</h2>
<#if d.notRelevant?has_content>
<table class="list">
<thead><tr><th scope="col">Criterion</th><th scope="col">Why it is not relevant</th></tr></thead>
<tbody>
<#list d.notRelevant as k><tr><td><abbr title="${k.summary}">${k.id}</abbr></td><td>${k.reason}</td></tr></#list>
</tbody>
</table>
<#else>
<p>Every criterion of the categories in scope is relevant to the system.</p>
</#if>
</section>

<section id="dc9">
<h2>DC 9 Significant changes during the period</h2>
<#if d.changes?has_content>
<#list d.changes as c>
<div class="change"><h3><time>${c.date}</time></h3>${c.html?no_esc}</div>
</#list>
<#else>
<p>There were no significant changes to the system or its controls during the period.</p>
</#if>
</section>
</@l.page>
