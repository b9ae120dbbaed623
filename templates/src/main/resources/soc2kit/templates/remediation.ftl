<#import "layout.ftl" as l>
<#assign r = remediation>
<@l.page title="Management response " + r.id active="findings">
<p class="crumbs"><a href="${root}findings.html">Readiness</a> / ${r.id}</p>
<h1>Management response: <span class="id">${r.id}</span> ${r.title}</h1>
<p class="draft">Draft prepared from the evidence for ${r.owner.name}. Complete the bracketed parts, then have it approved.</p>

<h2>1. Acknowledgement</h2>
<p>Management of ${site.organization} acknowledges that, during the period <time>${site.periodStart}</time> to <time>${site.periodEnd}</time>, control <span class="id">${r.id}</span> (${r.title}), which implements the <a href="${root}policies/${r.policy.id}.html">${r.policy.title}</a>, did not operate as designed: ${r.summary}.</p>

<h2>2. Facts found</h2>
<table class="facts">
<tbody>
<tr><th scope="row">Control owner</th><td><@l.person r.owner/></td></tr>
<tr><th scope="row">Risk</th><td>${r.risk}</td></tr>
<tr><th scope="row">Tested</th><td>${r.population}</td></tr>
<tr><th scope="row">Deviations</th><td>${r.deviations} (${r.rate}; tolerable for ${r.risk} risk: ${r.tolerable})</td></tr>
<tr><th scope="row">Covered by documented exceptions</th><td>${r.exceptions}</td></tr>
</tbody>
</table>
<#if r.deviationKeys?has_content || r.unlistedDeviations?has_content>
<h3>Deviating items</h3>
<#if r.deviationKeys?has_content>
<ul class="keys"><#list r.deviationKeys as k><li><code class="id">${k}</code></li></#list></ul>
</#if>
<#if r.unlistedDeviations?has_content>
<p>and ${r.unlistedDeviations} more, counted but not listed</p>
</#if>
</#if>
<#if r.exceptionKeys?has_content>
<h3>Items covered by documented exceptions</h3>
<ul class="keys"><#list r.exceptionKeys as k><li><code class="id">${k}</code></li></#list></ul>
</#if>
<#if r.findings?has_content>
<h3>Findings</h3>
<ul><#list r.findings as x><li><code class="id">${x.at}</code> ${x.message}</li></#list></ul>
</#if>

<h2>3. Root cause</h2>
<p class="placeholder">[Why the control did not operate as designed: what failed, since when, and why it was not detected earlier.]</p>

<h2>4. Corrective actions</h2>
<table class="list">
<thead><tr><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Target date</th><th scope="col">Status</th></tr></thead>
<tbody>
<tr><td class="placeholder">[Correct the deviating items listed above.]</td><td>${r.owner.name}</td><td class="placeholder">[YYYY-MM-DD]</td><td class="placeholder">[open]</td></tr>
<tr><td class="placeholder">[Change the process or the system so the control cannot be skipped again.]</td><td class="placeholder">[owner]</td><td class="placeholder">[YYYY-MM-DD]</td><td class="placeholder">[open]</td></tr>
<tr><td class="placeholder">[Check that the control operates again, and keep the evidence.]</td><td class="placeholder">[owner]</td><td class="placeholder">[YYYY-MM-DD]</td><td class="placeholder">[open]</td></tr>
</tbody>
</table>

<h2>5. Approval</h2>
<table class="facts">
<tbody>
<tr><th scope="row">Prepared by</th><td class="placeholder">[name, title, date]</td></tr>
<tr><th scope="row">Approved by</th><td class="placeholder">[name, title, date]</td></tr>
</tbody>
</table>
</@l.page>
