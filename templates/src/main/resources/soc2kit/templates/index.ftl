<#import "layout.ftl" as l>
<@l.page title="SOC 2 program" active="index">
<h1>${site.organization}</h1>
<p class="lead">The information security policies, controls and system description of ${site.system}, kept as code and checked by every build.</p>

<table class="facts">
<tbody>
<tr><th scope="row">Organization</th><td>${site.organization}</td></tr>
<tr><th scope="row">System</th><td>${site.system}</td></tr>
<tr><th scope="row">Report</th><td>SOC 2 Type ${site.reportType}</td></tr>
<tr><th scope="row">Observation period</th><td><time>${site.periodStart}</time> to <time>${site.periodEnd}</time> (${site.timezone})</td></tr>
<tr><th scope="row">Trust services categories</th><td>${site.categories?join(", ")}</td></tr>
<tr><th scope="row">Coverage</th><td>${index.policies?size} policies, ${index.controlCount} controls, ${index.criteriaInScope} criteria in scope<#if index.criteriaUncovered gt 0>, <a class="flag" href="matrix.html#uncovered">${index.criteriaUncovered} without a control</a><#else>, each addressed by a control</#if></td></tr>
<#if site.internal>
<tr><th scope="row">Readiness</th><td>Projected opinion as of <time>${site.asOf}</time>: <a href="findings.html">${index.opinion}</a> (an estimate from the evidence, not an auditor's opinion)</td></tr>
</#if>
</tbody>
</table>

<ul class="cards">
<li><a href="matrix.html"><strong>Controls matrix</strong><span>Which controls address each trust services criterion</span></a></li>
<li><a href="system-description.html"><strong>System description</strong><span>DC 1 to DC 9: services, commitments, components, incidents, controls</span></a></li>
<li><a href="calendar.html"><strong>Compliance calendar</strong><span>Every periodic control's due dates, also as <code>calendar.ics</code></span></a></li>
<#if site.internal>
<li><a href="findings.html"><strong>Readiness</strong><span>Control status, findings and management responses</span></a></li>
</#if>
<li><a href="policies.pdf"><strong>Policies (PDF)</strong><span>The whole policy set for print and signature</span></a></li>
</ul>

<h2 id="policies"><a href="policies.html">Policies</a></h2>
<table class="list">
<thead><tr><th scope="col">Policy</th><th scope="col">Version</th><th scope="col">Owner</th><th scope="col">Purpose</th></tr></thead>
<tbody>
<#list index.policies as p>
<tr><td><a href="policies/${p.id}.html">${p.title}</a></td><td>${p.version}</td><td><@l.person p.owner/></td><td>${p.summary}</td></tr>
</#list>
</tbody>
</table>

<h2 id="controls">Controls</h2>
<table class="list">
<thead><tr><th scope="col">Control</th><th scope="col">Title</th><th scope="col">Owner</th><th scope="col">Frequency</th><#if site.internal><th scope="col">Status</th></#if></tr></thead>
<tbody>
<#list index.controls as c>
<tr><td><@l.control c.id/></td><td>${c.title}</td><td><@l.person c.owner/></td><td>${c.frequency}</td><#if site.internal><td><@l.status c/></td></#if></tr>
</#list>
</tbody>
</table>
</@l.page>
