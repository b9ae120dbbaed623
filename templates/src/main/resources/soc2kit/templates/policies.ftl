<#import "layout.ftl" as l>
<@l.page title="Policies" active="policies">
<h1>Policies</h1>
<p class="lead">The ${policies.policies?size} information security policies of ${site.organization}, each with its version, owner, approval and review cadence. The whole set is also <a href="policies.pdf">one PDF</a> for print and signature.</p>

<table class="list">
<thead><tr><th scope="col">Policy</th><th scope="col">Version</th><th scope="col">Owner</th><th scope="col">Approved</th><th scope="col">Review</th><th scope="col">Controls</th></tr></thead>
<tbody>
<#list policies.policies as p>
<tr><td><a href="policies/${p.id}.html">${p.title}</a><#if p.summary?has_content><br/><span class="note">${p.summary}</span></#if></td><td>${p.version}</td><td><@l.person p.owner/></td><td><@l.person p.approver/>, <time>${p.approvedOn}</time></td><td>${p.review}</td><td>${p.controlCount}</td></tr>
</#list>
</tbody>
</table>
</@l.page>
