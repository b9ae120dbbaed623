<#import "layout.ftl" as l>
<@l.page title="Compliance calendar" active="calendar">
<h1>Compliance calendar</h1>
<#if calendar.count == 0>
<p class="lead">No periodic controls: no control of the repository runs monthly, quarterly, semi-annually or annually, so there are no due dates.</p>
<#else>
<p class="lead">When each periodic control must have run, from ${site.periodStart} to ${site.periodEnd}, and the next due date after <time>${site.asOf}</time>: ${calendar.count} due dates, each with its status as of <time>${site.asOf}</time>. A due date is the last day of the period plus the days of grace the control's test allows.</p>
<p><a class="button" href="${root}calendar.ics">Add to a calendar (calendar.ics)</a> Importing the file again updates its events instead of duplicating them.</p>
</#if>

<#list calendar.months as m>
<h2>${m.name}</h2>
<table class="list calendar">
<thead><tr><th scope="col">Due</th><th scope="col">Control</th><th scope="col">Period</th><th scope="col">Owner</th><th scope="col">Status</th></tr></thead>
<tbody>
<#list m.dates as d>
<tr><td class="date"><time>${d.due}</time></td><td><@l.control d.control.id/> ${d.control.title}</td><td><span class="id">${d.period}</span> (<time>${d.start}</time> to <time>${d.end}</time>)</td><td><@l.person d.owner/></td><td>${d.status}</td></tr>
</#list>
</tbody>
</table>
</#list>
</@l.page>
