package org.unionstats.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;

/**
 * A file sent as a download, streamed, and named in UTF-8 ({@code filename*}) so that a
 * Chinese name arrives whole.
 */
final class FileDownload {

	private FileDownload() {
	}

	static ResponseEntity<Resource> of(Path file, String name) {
		if (!Files.isRegularFile(file)) {
			throw ScopeGuard.notFound();
		}
		try {
			InputStream in = Files.newInputStream(file);
			return headers(name).contentLength(Files.size(file)).body(new InputStreamResource(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ResponseEntity<Resource> of(byte[] bytes, String name) {
		return headers(name).contentLength(bytes.length).body(new ByteArrayResource(bytes));
	}

	private static ResponseEntity.BodyBuilder headers(String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM));
	}

}
