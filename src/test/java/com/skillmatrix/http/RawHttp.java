package com.skillmatrix.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * HTTP as a browser, a crawler or a scanner may send it: the request line is written byte for byte, so that
 * malformed addresses reach the server as they are. HTTP/1.0, so that every answer ends with the connection.
 */
final class RawHttp {

	private RawHttp() {
	}

	static Response send(int port, String method, String target, String... headers) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.0\r\n");
			if (Arrays.stream(headers).noneMatch((header) -> header.startsWith("Host:"))) {
				request.append("Host: localhost:").append(port).append("\r\n");
			}
			if (Arrays.stream(headers).noneMatch((header) -> header.startsWith("Accept:"))) {
				request.append("Accept: text/html,*/*;q=0.8\r\n");
			}
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Response.read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Response get(int port, String target, String... headers) {
		return send(port, "GET", target, headers);
	}

	/**
	 * HEAD requests one after another on one HTTP/1.1 connection, as a browser, a proxy or a load generator keeps
	 * it open: the status of each answer, until the server says it closes the connection or the count is reached.
	 */
	static List<Integer> headOnOneConnection(int port, String target, int count) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			byte[] request = ("HEAD " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1);
			List<Integer> statuses = new ArrayList<>();
			while (statuses.size() < count) {
				out.write(request);
				out.flush();
				String head = readHead(in);
				statuses.add(Integer.parseInt(head.split(" ")[1]));
				if (head.toLowerCase(Locale.ROOT).contains("\r\nconnection: close")) {
					break;
				}
			}
			return statuses;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An answer's status line and headers, up to the blank line that ends them. */
	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int next = in.read();
			if (next < 0) {
				throw new IOException("The server closed the connection in the middle of an answer");
			}
			head.write(next);
			matched = (next == ((matched % 2 == 0) ? '\r' : '\n')) ? matched + 1 : (next == '\r') ? 1 : 0;
		}
		return head.toString(StandardCharsets.ISO_8859_1);
	}

	record Response(int status, Map<String, List<String>> headers, String body) {

		static Response read(InputStream in) throws IOException {
			byte[] raw = in.readAllBytes();
			int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			String head = new String(raw, 0, (split < 0) ? raw.length : split, StandardCharsets.ISO_8859_1);
			String[] lines = head.split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						(name) -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
			}
			byte[] body = (split < 0) ? new byte[0] : Arrays.copyOfRange(raw, split + 4, raw.length);
			if (headers.getOrDefault("content-encoding", List.of()).contains("gzip")) {
				try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
					ByteArrayOutputStream plain = new ByteArrayOutputStream();
					gzip.transferTo(plain);
					body = plain.toByteArray();
				}
			}
			return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values != null) ? values.get(0) : null;
		}

		private static int indexOf(byte[] data, byte[] pattern) {
			outer: for (int i = 0; i + pattern.length <= data.length; i++) {
				for (int j = 0; j < pattern.length; j++) {
					if (data[i + j] != pattern[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
