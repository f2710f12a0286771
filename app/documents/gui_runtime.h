#pragma once
// Qt draws PDFs only inside a QGuiApplication (fonts come through its platform). The
// command line has none until a command first writes a PDF: then this makes one, on the
// offscreen platform so no display is needed, and owns it until main() ends. The desktop
// app and the tests bring their own application or runtime.

#include <memory>

class QGuiApplication;

namespace baosong::app::documents {

class GuiRuntime {
  public:
    GuiRuntime();  // registers this as the owner; starts nothing yet
    GuiRuntime(const GuiRuntime&) = delete;
    GuiRuntime& operator=(const GuiRuntime&) = delete;
    ~GuiRuntime();

    // A QGuiApplication exists when this returns. Throws AppError (Problem)
    // "pdf_runtime_missing" when there is neither an application nor a runtime to make one.
    static void require();

  private:
    std::unique_ptr<QGuiApplication> app_;
};

}  // namespace baosong::app::documents
