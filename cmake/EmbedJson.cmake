# Data files built into the binary, so it works wherever it is copied: every DIRECTORY/*.json
# becomes an entry of `const std::map<std::string, std::string_view>& FUNCTION()` in
# namespace baosong::policy, keyed by file name without extension, in OUTPUT (a .cpp).
# Editing or adding a file re-runs the configure step that embeds it.
function(baosong_embed_json output function directory)
    file(GLOB files CONFIGURE_DEPENDS ${directory}/*.json)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${files})
    set(content "// Generated from ${directory}/*.json by cmake/EmbedJson.cmake; do not edit.\n")
    string(APPEND content "#include <map>\n#include <string>\n#include <string_view>\n\n")
    string(APPEND content "namespace baosong::policy {\n\n")
    string(APPEND content "const std::map<std::string, std::string_view>& ${function}() {\n")
    string(APPEND content "    static const std::map<std::string, std::string_view> files = {\n")
    foreach(file ${files})
        get_filename_component(name ${file} NAME_WE)
        file(READ ${file} json)
        string(APPEND content "        {\"${name}\", R\"baosong_json(${json})baosong_json\"},\n")
    endforeach()
    string(APPEND content "    };\n    return files;\n}\n\n}  // namespace baosong::policy\n")
    file(WRITE ${output}.new "${content}")
    configure_file(${output}.new ${output} COPYONLY)
endfunction()
