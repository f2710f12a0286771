#include "package_reader.h"

#include <expat.h>
#include <gtest/gtest.h>
#include <zip.h>

namespace baosong::test {

std::map<std::string, std::string> unzipAll(const std::string& path) {
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    std::map<std::string, std::string> entries;
    if (!zip) {
        ADD_FAILURE() << "not a zip: " << path << " (" << error << ")";
        return entries;
    }
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st);
        std::string data(st.size, '\0');
        zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
        EXPECT_EQ(zip_fread(file, data.data(), st.size), static_cast<zip_int64_t>(st.size));
        zip_fclose(file);
        entries[st.name] = data;
    }
    zip_close(zip);
    return entries;
}

std::string xmlProblem(const std::string& xml) {
    XML_Parser parser = XML_ParserCreate("UTF-8");
    std::string why;
    if (XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE) != XML_STATUS_OK) {
        why = std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
              std::to_string(XML_GetCurrentLineNumber(parser));
    }
    XML_ParserFree(parser);
    return why;
}

}  // namespace baosong::test
