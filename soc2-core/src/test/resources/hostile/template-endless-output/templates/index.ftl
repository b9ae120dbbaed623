<#-- A loop that writes without end. -->
<h1>Index</h1>
<#list 1.. as i>0123456789</#list>
