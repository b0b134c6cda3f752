# Build with the project's own wrapper, exactly as the README does (the classes stay Java 17's), then run on Java 25
# with an ahead-of-time cache made by a training run: bin/aot, the same script as on a machine without Docker.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --no-create-home skillmatrix
WORKDIR /app
COPY bin/aot bin/aot
COPY --from=build /build/target/skill-matrix.jar /tmp/skill-matrix.jar
# The training run is made in this image, on its own JVM, since a cache only serves the JVM that wrote it; it asks
# for pages with curl.
RUN (command -v curl > /dev/null || (apt-get update && apt-get install -y --no-install-recommends curl \
      && rm -rf /var/lib/apt/lists/*)) \
    && bin/aot build /tmp/skill-matrix.jar /app && rm /tmp/skill-matrix.jar
USER 10001
EXPOSE 8080
# bin/aot holds the memory settings (see docs/operations.md); JAVA_OPTS adds to them.
# For PostgreSQL: -e SPRING_PROFILES_ACTIVE=postgres -e SPRING_DATASOURCE_URL=… (see docs/operations.md).
ENTRYPOINT ["/app/bin/aot", "run", "/app"]
