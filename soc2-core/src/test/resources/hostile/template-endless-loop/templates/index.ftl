<#-- A loop without end, with nothing in it. -->
<h1>Index</h1>
<#list 1.. as i></#list>
