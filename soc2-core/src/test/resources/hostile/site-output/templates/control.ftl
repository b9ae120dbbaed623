<#-- 15 Mi characters a page, within the page limit: six pages pass the site's limit of 64 Mi characters. -->
<#list 1..1572864 as i>0123456789</#list>
