package org.unionstats.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharePathsTests {

	@Test
	void namesFoldersUnderTheShareAsTheClerkSeesIt() {
		SharePaths share = new SharePaths("\\\\files\\unionstats\\");

		assertThat(share.inbox("110102020")).isEqualTo("\\\\files\\unionstats\\inbox\\110102020");
		assertThat(share.feedback("110102020")).isEqualTo("\\\\files\\unionstats\\feedback\\110102020");
	}

	@Test
	void withoutASharePathNamesFoldersRelativeToTheShare() {
		assertThat(new SharePaths(null).inbox("110102020")).isEqualTo("inbox\\110102020");
		assertThat(new SharePaths(" ").feedback("110102020")).isEqualTo("feedback\\110102020");
	}

	@Test
	void aShareWrittenWithSlashesKeepsThem() {
		assertThat(new SharePaths("smb://files/unionstats/").inbox("110102020"))
			.isEqualTo("smb://files/unionstats/inbox/110102020");
	}

}
