# Build with the project's own wrapper, exactly as the README does, then run on a Java 17 runtime.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home skillmatrix
WORKDIR /app
COPY --from=build /build/target/skill-matrix.jar skill-matrix.jar
USER 10001
EXPOSE 8080
# The memory settings of the README: a small, fixed footprint that fits several instances on one host.
ENV JAVA_TOOL_OPTIONS="-Xss512k -Xms64m -Xmx160m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -XX:+UseSerialGC"
# For PostgreSQL: -e SPRING_PROFILES_ACTIVE=postgres -e SPRING_DATASOURCE_URL=… (see the README).
ENTRYPOINT ["java", "-jar", "/app/skill-matrix.jar"]
