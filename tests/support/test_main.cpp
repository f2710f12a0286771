// The tests' main: GoogleTest's, plus the runtime in which Qt draws PDFs when a test
// makes documents (app/documents/gui_runtime.h), as the command line's main has.

#include <gtest/gtest.h>

#include "documents/gui_runtime.h"

int main(int argc, char** argv) {
    testing::InitGoogleTest(&argc, argv);
    baosong::app::documents::GuiRuntime gui;
    return RUN_ALL_TESTS();
}
