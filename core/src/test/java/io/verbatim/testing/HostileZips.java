package io.verbatim.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile zip archives made at test time (never committed): zip bombs shaped as the UN General
 * Debate speaker table, archives of many entries, stored entries that do not compress. Before
 * inflation limits a bomb named {@code Speakers_by_session.xlsx} was read whole, row by row, into
 * memory.
 */
public final class HostileZips {
  private HostileZips() {}

  private static final String HEADER_ROW =
      "<row r=\"1\">"
          + cell("A1", "Year")
          + cell("B1", "Session")
          + cell("C1", "ISO Code")
          + cell("D1", "Country")
          + cell("E1", "Name of Person Speaking")
          + cell("F1", "Post")
          + "</row>";

  private static final String ROW =
      "<row r=\"2\">" + cell("A2", "2019") + cell("B2", "74") + cell("C2", "RUS") + "</row>";

  /**
   * A zip bomb: an xlsx workbook whose sheet is the speaker table's header row and then about
   * {@code inflated} bytes of one repeated row, deflated about 300:1 (128 MiB in 450 KB).
   */
  public static byte[] speakerTableBomb(long inflated) {
    byte[] block = ROW.repeat((64 << 10) / ROW.length()).getBytes(StandardCharsets.UTF_8);
    return speakerTable(
        (zip) -> {
          for (long written = 0; written < inflated; written += block.length) {
            zip.write(block);
          }
        });
  }

  /**
   * A speaker table of {@code rows} rows under its header, of varied numbers (so it compresses only
   * about 5:1, like a real sheet).
   */
  public static byte[] speakerTableOfRows(int rows) {
    java.util.Random random = new java.util.Random(7);
    return speakerTable(
        (zip) -> {
          StringBuilder chunk = new StringBuilder();
          for (int r = 0; r < rows; r++) {
            chunk
                .append("<row r=\"")
                .append(r + 2)
                .append("\">")
                .append(cell("B" + (r + 2), String.valueOf(1 + random.nextInt(80))))
                .append(cell("C" + (r + 2), "X" + Integer.toString(random.nextInt(1 << 20), 36)))
                .append("</row>");
            if (chunk.length() > 60_000 || r == rows - 1) {
              zip.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
              chunk.setLength(0);
            }
          }
        });
  }

  private interface Rows {
    void write(ZipOutputStream zip) throws IOException;
  }

  private static byte[] speakerTable(Rows rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", CONTENT_TYPES);
      put(zip, "_rels/.rels", ROOT_RELS);
      put(zip, "xl/workbook.xml", WORKBOOK);
      put(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                  + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                  + HEADER_ROW)
              .getBytes(StandardCharsets.UTF_8));
      rows.write(zip);
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A zip of {@code count} entries of {@code size} zero bytes each. */
  public static byte[] entries(int count, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] zeros = new byte[size];
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < count; i++) {
        zip.putNextEntry(new ZipEntry("e" + i));
        zip.write(zeros);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A zip of one stored (not deflated) entry of {@code size} bytes that do not compress. */
  public static byte[] stored(String name, int size) {
    byte[] data = new byte[size];
    new java.util.Random(42).nextBytes(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e = new ZipEntry(name);
      e.setMethod(ZipEntry.STORED);
      e.setSize(size);
      e.setCompressedSize(size);
      e.setCrc(crc.getValue());
      zip.putNextEntry(e);
      zip.write(data);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The first {@code length} bytes of {@code bytes}. */
  public static byte[] truncated(byte[] bytes, int length) {
    return Arrays.copyOf(bytes, length);
  }

  private static String cell(String reference, String text) {
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
          + " Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
          + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
          + " PartName=\"/xl/workbook.xml\""
          + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override"
          + " PartName=\"/xl/worksheets/sheet1.xml\""
          + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>";

  private static final String ROOT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
          + " Id=\"rId1\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
          + " Target=\"xl/workbook.xml\"/></Relationships>";

  private static final String WORKBOOK =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
          + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet"
          + " name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

  private static final String WORKBOOK_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
          + " Id=\"rId1\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
          + " Target=\"worksheets/sheet1.xml\"/></Relationships>";
}
