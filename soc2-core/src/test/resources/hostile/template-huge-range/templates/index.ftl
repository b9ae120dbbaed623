<#-- A built-in over a range of a hundred million numbers, walked in one Java call. -->
<h1>Index</h1>
<p>${(1..100000000)?join(",")}</p>
