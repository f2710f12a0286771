#pragma once
// What baosong prints cannot drive the terminal (THREAT_MODEL.md, "text from others"):
// a name or a unit from a submission, an enrolment or a bundle may carry an escape sequence
// that recolours, clears or rewrites the screen a clerk reads, a carriage return that
// overwrites the line, or a bidirectional override that shows one name for another.
// Every byte the CLI writes passes through this buffer, which writes C0 controls (but line
// feed and tab), DEL, C1 controls and U+202A–U+202E, U+2066–U+2069 as "\uXXXX". JSON
// already escapes C0 controls itself, and "\uXXXX" is the same character to a JSON reader,
// so --json output stays valid and equal in meaning.

#include <ostream>
#include <streambuf>
#include <string>

namespace baosong::cli {

class TerminalEscapingBuffer : public std::streambuf {
  public:
    explicit TerminalEscapingBuffer(std::streambuf* target) : target_(target) {}
    ~TerminalEscapingBuffer() override;
    TerminalEscapingBuffer(const TerminalEscapingBuffer&) = delete;
    TerminalEscapingBuffer& operator=(const TerminalEscapingBuffer&) = delete;

  protected:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

  private:
    void put(unsigned char byte);
    void fresh(unsigned char byte);
    void escape(unsigned value);
    void release();  // writes held bytes as they are

    std::streambuf* target_;
    std::string held_;  // the start of a character that may still turn out to be escaped
};

}  // namespace baosong::cli
