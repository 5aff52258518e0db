package cn.suzhou.shuanglian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 宿州市双链融合专员管理系统 — Camunda 7 process application for the Suzhou S&T Bureau. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShuanglianApplication {

  public static void main(String[] args) {
    SpringApplication.run(ShuanglianApplication.class, args);
  }
}
