package org.unionstats;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class UnionStatsApplication {

}
