<#ftl output_format="plainText">
<#-- The plain-text body of `dossier email` (m: a Letter): what a text-only mail client shows.
     Plain text needs no escaping; the values are the same sanitized strings the PDF shows. -->
<#if m.marking?has_content>
${m.marking}

</#if>
${m.title}
<#if m.lede?has_content>${m.lede}
</#if><#list m.articles as d>

<#if m.book>
${d?counter}. ${d.title}
<#if d.source?? || d.date??>
<#if d.source??>${d.source}</#if><#if d.source?? && d.date??> · </#if><#if d.date??>${d.date}</#if>
</#if>

</#if>
BOTTOM LINE
<#if d.summary?has_content>
${d.summary[0]}
</#if>
<#if d.keyPoints?has_content>

KEY POINTS
<#list d.keyPoints as k>
- ${k}
</#list>
</#if>
<#if d.sidebarQuotes?has_content>

KEY QUOTES
<#list d.sidebarQuotes as q>
${q.kind?switch("direct", "\x201C" + q.text + "\x201D", q.text)}
  — ${q.speaker}<#if q.role??>, ${q.role}</#if><#if !q.named> (unnamed)</#if>
</#list>
</#if>
<#if d.actors?has_content>

TOP ACTORS
<#list d.actors as a><#if (a?index >= 5)><#break></#if>
- ${a.name} (${a.type})<#if a.role??>: ${a.role}</#if>
</#list>
</#if>
</#list>

The full ${m.book?then("briefing book", "dossier")} is attached: ${m.fileName}<#if m.withJson>, with the Analysis JSON</#if>.
Made by Dossier on ${m.generatedAt}.
<#if m.marking?has_content>

${m.marking}
</#if>
