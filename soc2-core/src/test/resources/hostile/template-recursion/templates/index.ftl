<#-- A macro that calls itself without end. -->
<#macro m>
<@m/>
</#macro>
<@m/>
