<#-- THIRD-PARTY.txt of the installed app. Filled by license-maven-plugin (add-third-party) from the
     installer's runtime dependencies, i.e. exactly the jars shipped in the app's lib/app folder; the
     @…@ values are put in by Maven resource filtering first. Our own jars (vn.sotruong) are left out here. -->
Sổ Trường @project.version@ — phần mềm của bên thứ ba đi kèm / third-party software shipped with it
=====================================================================================================

Tệp này được tạo lúc build từ danh sách thư viện thực sự đóng gói. / Generated at build time from the
libraries actually packaged. Licence texts / văn bản giấy phép: the licences/ folder beside this file
(licences/jars/<library>/ holds the LICENSE and NOTICE files found inside each jar; licences/common/
holds the full texts of licences that some jars do not carry, and the notices for those libraries).

1. Java runtime (Linux: lib/runtime, Windows: runtime\)
-------------------------------------------------------
   OpenJDK, @java.vendor@ build @java.runtime.version@, made with jlink from the build's JDK.
   Modules: @jpackage.modules@
   Licence: GNU General Public License, version 2, with the Classpath Exception (GPLv2+CE).
   The full text, the OpenJDK assembly exception and the notices of the code inside the runtime
   (zlib, ICU, Unicode/CLDR data, …) are in the runtime's legal/<module>/ folders
   (LICENSE, ASSEMBLY_EXCEPTION, ADDITIONAL_LICENSE_INFO and *.md).

<#assign libraries = dependencyMap?filter(e -> e.getKey().groupId != "vn.sotruong")/>
2. Libraries (Linux: lib/app, Windows: app\) — ${libraries?size} artifacts
-------------------------------------------------------------------------
<#list libraries as e>
<#assign p = e.getKey()/>
<#assign licences = e.getValue()/>
 * ${p.name!p.artifactId} — ${p.groupId}:${p.artifactId}:${p.version}
   Licence: <#list licences as l>${l}<#sep> / </#sep></#list>
<#if p.url??>   ${p.url}
</#if>
</#list>

JavaFX (org.openjfx) is under the same GPLv2+CE as the Java runtime (text: the runtime's
legal/java.base/LICENSE). Where a library is offered under a choice of licences, Sổ Trường uses it
under the first that licences/common/ names for it (H2: MPL 2.0; Logback: LGPL 2.1).
