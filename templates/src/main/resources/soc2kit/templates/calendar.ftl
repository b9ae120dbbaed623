<#import "layout.ftl" as l>
<@l.page title="Compliance calendar" active="calendar">
<h1>Compliance calendar</h1>
<#if calendar.count == 0>
<p class="lead">No periodic controls: no control of the repository runs monthly, quarterly, semi-annually or annually, so there are no due dates.</p>
<#else>
<p class="lead">When each periodic control must have run, from ${site.periodStart} to ${site.periodEnd}, and the next due date after ${site.asOf}: ${calendar.count} due dates, each with its status as of ${site.asOf}. A due date is the last day of the period plus the days of grace the control's test allows.</p>
<p><a class="button" href="${root}calendar.ics">Add to a calendar (calendar.ics)</a> Importing the file again updates its events instead of duplicating them.</p>
</#if>

<#list calendar.months as m>
<h2>${m.name}</h2>
<table class="list calendar">
<thead><tr><th scope="col">Due</th><th scope="col">Control</th><th scope="col">Period</th><th scope="col">Owner</th><th scope="col">Status</th></tr></thead>
<tbody>
<#list m.dates as d>
<tr><td class="date">${d.due}</td><td><a href="${root}controls/${d.control.id}.html">${d.control.id}</a> ${d.control.title}</td><td>${d.period} (${d.start} to ${d.end})</td><td><@l.person d.owner/></td><td>${d.status}</td></tr>
</#list>
</tbody>
</table>
</#list>
</@l.page>
